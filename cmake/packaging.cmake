# Installation layout (FHS, with CMAKE_INSTALL_PREFIX=/usr as the .deb uses) and the Debian
# package. The binary finds its data relative to itself (<prefix>/bin/acct next to
# <prefix>/share/acct), so an install into any prefix or a `dpkg -x` root works as is.
#
#   <prefix>/bin/acct
#   <prefix>/share/acct/templates/                 calendars, services, reminders (bundled layer)
#   <prefix>/share/locale/<lang>/LC_MESSAGES/acct.mo   (see the top-level CMakeLists.txt)
#   <prefix>/share/man/man1/acct.1
#   <prefix>/share/bash-completion/completions/acct, zsh/vendor-completions/_acct,
#   fish/vendor_completions.d/acct.fish           (completions/CMakeLists.txt)
#   <prefix>/share/doc/acct/                       README, guides, examples/demo-firm.sh
#   <prefix>/lib/systemd/system/acct-*.{service,timer}   periodic jobs, disabled

install(FILES docs/man/acct.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} PATTERN man EXCLUDE)
install(PROGRAMS scripts/demo-firm.sh DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# systemd units for the periodic jobs (generate, remind run, the Monday digest), disabled until
# an administrator enables their timers (docs/postgresql.md, "Running the jobs").
install(FILES packaging/systemd/acct-generate.service packaging/systemd/acct-generate.timer
              packaging/systemd/acct-remind.service packaging/systemd/acct-remind.timer
              packaging/systemd/acct-digest.service packaging/systemd/acct-digest.timer
        DESTINATION lib/systemd/system)

# The Debian package. It is called acct-firm: Debian already has an unrelated package named
# acct (process accounting: ac, lastcomm, sa); the two can be installed side by side, as
# neither ships /usr/bin/acct nor acct(1).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME acct-firm)
set(CPACK_PACKAGE_VENDOR "acct")
set(CPACK_PACKAGE_CONTACT "acct maintainers <acct@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "deadlines and task database for accounting-outsourcing firms")
set(CPACK_PACKAGE_DESCRIPTION
    "acct keeps an accounting firm's clients, staff and tasks in one SQLite file. It computes\n\
reporting deadlines on Russian and Kazakh production calendars, generates tasks from service\n\
templates kept in git, schedules reminders drained by cron, and writes digests (text,\n\
Markdown, HTML, JSON, CSV, iCalendar). Messages in English and Russian.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Shared libraries from dpkg-shlibdeps (libc6, libstdc++6, libgcc-s1, libdate-tz3; SQLite is
# linked statically); tzdata because time zones are read from /usr/share/zoneinfo at run time;
# libzip4 because acct loads it with dlopen to read XLSX files, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata, libzip4")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, sqlite3, cron")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
