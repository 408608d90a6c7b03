Messages in Russian (docs/i18n.md): LANGUAGE=ru, or a Russian locale, selects the catalogue;
English stays the default, and LC_ALL=C keeps a script's output English whatever LANGUAGE says.
The prefix "acct: error:" is the same in every language, so scripts can match it.
One store: SQLite only, as message catalogues do not depend on the store.
  $ acct init --quiet
  $ LANGUAGE=ru acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7736207544 --regime osno
  ! acct: error: неверный ИНН '7736207544': не сходится контрольная цифра (10-я): по первым 9 цифрам выходит 3
  [4]
  $ LANGUAGE=ru acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 77362075 --regime osno
  ! acct: error: неверный ИНН '77362075': в ИНН 10 цифр (организация) или 12 (физическое лицо), а не 8
  [4]
  $ acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7736207544 --regime osno
  ! acct: error: invalid ИНН '7736207544': the control digit (10th) does not match: the first 9 digits give 3
  [4]
  $ LC_ALL=C LANGUAGE=ru acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 7736207544 --regime osno
  ! acct: error: invalid ИНН '7736207544': the control digit (10th) does not match: the first 9 digits give 3
  [4]

A Russian locale that was never generated on this machine (only C.UTF-8 exists here) still
selects the Russian messages; English locales do not:
  $ LC_ALL= LANG=ru_RU.UTF-8 acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 77362075 --regime osno
  ! acct: error: неверный ИНН '77362075': в ИНН 10 цифр (организация) или 12 (физическое лицо), а не 8
  [4]
  $ LC_ALL=en_US.UTF-8 LANGUAGE=en acct client add romashka --name "ООО «Ромашка»" --form ooo --inn 77362075 --regime osno
  ! acct: error: invalid ИНН '77362075': an ИНН has 10 digits (organisation) or 12 (individual), not 8
  [4]

Usage errors and their hints, and the help's own words, are translated too:
  $ LANGUAGE=ru acct stuff
  ! acct: error: неизвестная команда 'stuff' у 'acct'
  ! подсказка: может быть, 'acct staff'?
  [2]
  $ LANGUAGE=ru acct --help | sed -n 1,3p
  acct: clients, deadlines and tasks of an accounting firm, over one SQLite file
  Использование: acct [ПАРАМЕТРЫ] [КОМАНДА]
  
