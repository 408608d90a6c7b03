// acct staff: the firm's people, their roles, capacity and hourly cost.
#include "staff/staff.hpp"

#include "commands.hpp"
#include "options.hpp"
#include "registry.hpp"
#include "staff/absence.hpp"
#include "task/handover.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcli {

using acctcore::StaffChanges;
using acctcore::StaffMember;
using acctcore::tr;
using acctcore::trf;

namespace {

struct HandleOptions {
  std::string handle;
};

struct EditOptions {
  std::string handle;
  StaffChanges changes;
  std::vector<std::string> roles;
};

struct ListOptions {
  bool all = false;
  std::string role;
};

struct ArchiveOptions {
  std::string handle;
  std::string successor;
};

struct AwayOptions {
  std::string handle;
  std::string from, to, cover, note;
};

struct AbsencesOptions {
  std::string handle;
  bool all = false;
};

struct CancelAbsenceOptions {
  std::int64_t id = 0;
};

void add_contact_options(CLI::App* cmd, StaffChanges& c) {
  add_optional(cmd, "--email", c.email, "E-mail address", "EMAIL");
  add_optional(cmd, "--phone", c.phone, "Phone with country code, e.g. +7 916 123-45-67", "PHONE");
  add_optional(cmd, "--telegram", c.telegram, "Telegram username, e.g. @ivanova", "USER");
  add_optional(cmd, "--timezone", c.timezone, "IANA time zone, when not the firm's", "ZONE");
  add_optional(cmd, "--capacity", c.capacity, "Working hours per week (default 40)", "HOURS");
  add_optional(cmd, "--rate", c.rate, "Cost of an hour, e.g. 1500 or '1 500,50 RUB'", "MONEY");
}

std::string rate_text(const StaffMember& m) {
  return m.rate ? acctcore::format_money(*m.rate) : std::string();
}

void print_member(Context& ctx, const StaffMember& m) {
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::staff_to_json(m, ctx.zone()));
    return;
  }
  out.write(acctcore::render_fields({
      {"handle", m.handle},
      {"name", m.name},
      {"roles", acctcore::join(m.roles, ", ")},
      {"email", m.email},
      {"phone", m.phone},
      {"telegram", m.telegram},
      {"timezone", m.timezone},
      {"capacity", acctcore::format_capacity(m.capacity_minutes) + " h/week"},
      {"rate", m.rate ? rate_text(m) + " per hour" : ""},
      {"status", m.archived() ? "archived" : "active"},
      {"created", acctcore::format_timestamp(m.created_at, ctx.zone())},
      {"archived", m.archived_at ? acctcore::format_timestamp(*m.archived_at, ctx.zone()) : ""},
  }));
}

/// "added staff member 'ivanova' (Иванова Мария)": one sentence per verb, so that each
/// translates as a whole.
std::string confirmation(std::string_view verb, const StaffMember& m) {
  if (verb == "added")
    // TRANSLATORS: a staff member's handle and name.
    return trf("added staff member '{}' ({})", m.handle, m.name);
  if (verb == "updated")
    // TRANSLATORS: a staff member's handle and name.
    return trf("updated staff member '{}' ({})", m.handle, m.name);
  if (verb == "archived")
    // TRANSLATORS: a staff member's handle and name.
    return trf("archived staff member '{}' ({})", m.handle, m.name);
  if (verb == "restored")
    // TRANSLATORS: a staff member's handle and name.
    return trf("restored staff member '{}' ({})", m.handle, m.name);
  return fmt::format("{} staff member '{}' ({})", verb, m.handle, m.name);
}

void confirm(Context& ctx, const StaffMember& m, std::string_view verb) {
  if (ctx.out().json())
    print_member(ctx, m);
  else
    ctx.out().info(confirmation(verb, m));
}

int run_add(Context& ctx, EditOptions& o) {
  o.changes.roles = o.roles;
  const auto member = acctcore::add_staff(ctx.writable_store(), ctx.actor(), o.handle, o.changes,
                                          ctx.config().firm.currency);
  confirm(ctx, member, "added");
  return 0;
}

int run_edit(Context& ctx, EditOptions& o) {
  if (!o.roles.empty())
    o.changes.roles = o.roles;
  const auto& c = o.changes;
  if (!c.name && !c.email && !c.phone && !c.telegram && !c.timezone && !c.capacity && !c.rate &&
      !c.roles && c.add_roles.empty() && c.remove_roles.empty())
    throw acctcore::Error(acctcore::ErrorKind::usage,
                          tr("'acct staff edit' needs something to change"),
                          tr("run 'acct staff edit --help' for the options"));
  const auto member = acctcore::edit_staff(ctx.writable_store(), ctx.actor(), o.handle, o.changes,
                                           ctx.config().firm.currency);
  confirm(ctx, member, "updated");
  return 0;
}

int run_list(Context& ctx, const ListOptions& o) {
  acctcore::StaffFilter filter;
  filter.include_archived = o.all;
  if (!o.role.empty()) {
    acctcore::require_staff_role(o.role);
    filter.role = o.role;
  }
  const auto members = acctcore::list_staff(ctx.store(), filter);
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json(acctcore::json_array(
        members, [zone](const auto& m) { return acctcore::staff_to_json(m, zone); }));
    return 0;
  }
  if (members.empty()) {
    out.info(o.all ? tr("no staff members") : tr("no active staff members"));
    return 0;
  }
  std::vector<std::string> headers = {"HANDLE", "NAME", "ROLES", "H/WEEK", "RATE/H", "EMAIL"};
  if (o.all)
    headers.emplace_back("STATUS");
  acctcore::Table table(headers);
  table.align(3, acctcore::Align::right).align(4, acctcore::Align::right);
  for (const auto& m : members) {
    std::vector<std::string> row = {m.handle,
                                    m.name,
                                    acctcore::join(m.roles, ","),
                                    acctcore::format_capacity(m.capacity_minutes),
                                    rate_text(m),
                                    m.email};
    if (o.all)
      row.emplace_back(m.archived() ? "archived" : "active");
    table.add_row(std::move(row));
  }
  out.table(table);
  return 0;
}

int run_archive(Context& ctx, const ArchiveOptions& o) {
  const auto successor = o.successor.empty() ? std::nullopt : std::optional(o.successor);
  const auto held = acctcore::archive_handing_over(ctx.writable_store(), ctx.actor(), o.handle,
                                                   successor, ctx.clock().today);
  const auto member = acctcore::get_staff(ctx.store(), o.handle);
  if (ctx.out().json()) {
    auto json = acctcore::staff_to_json(member, ctx.zone());
    json["handed_over"] = {{"to", acctcore::json_or_null(o.successor)},
                           {"tasks", held.tasks.size()},
                           {"reviews", held.reviews.size()},
                           {"roles", held.roles.size()},
                           {"covers", held.covers.size()}};
    ctx.out().json(json);
    return 0;
  }
  if (!held.empty())
    // TRANSLATORS: counts of tasks, reviews, work-group roles and absences covered, then the
    // handle of who takes them.
    ctx.out().info(trf("handed over {} task(s), {} review(s), {} work-group role(s) and {} "
                       "absence(s) to cover to '{}'",
                       held.tasks.size(), held.reviews.size(), held.roles.size(),
                       held.covers.size(), o.successor));
  ctx.out().info(confirmation("archived", member));
  return 0;
}

void print_absence_line(Context& ctx, const acctcore::Absence& a, std::string_view verb) {
  const std::string from = acctcore::format_date(a.from), to = acctcore::format_date(a.to);
  if (verb == "cancelled")
    // TRANSLATORS: an absence id, a staff handle, two dates.
    ctx.out().info(trf("cancelled absence #{} of '{}' ({} to {})", a.id, a.staff, from, to));
  else if (a.cover.empty())
    // TRANSLATORS: an absence id, a staff handle, two dates.
    ctx.out().info(trf("absence #{}: '{}' away {} to {}, nobody covers", a.id, a.staff, from, to));
  else
    // TRANSLATORS: an absence id, a staff handle, two dates, the cover's handle.
    ctx.out().info(
        trf("absence #{}: '{}' away {} to {}, covered by '{}'", a.id, a.staff, from, to, a.cover));
}

int run_away(Context& ctx, const AwayOptions& o) {
  acctcore::NewAbsence in;
  in.staff = o.handle;
  in.from = acctcore::require_date(o.from, "--from");
  in.to = acctcore::require_date(o.to, "--to");
  in.cover = o.cover;
  in.note = o.note;
  const auto absence = acctcore::add_absence(ctx.writable_store(), ctx.actor(), in);
  if (ctx.out().json())
    ctx.out().json(acctcore::absence_to_json(absence, ctx.zone()));
  else
    print_absence_line(ctx, absence, "added");
  return 0;
}

int run_absences(Context& ctx, const AbsencesOptions& o) {
  const auto absences = acctcore::list_absences(
      ctx.store(), o.handle.empty() ? std::nullopt : std::optional(o.handle),
      o.all ? std::nullopt : std::optional(ctx.clock().today));
  Output& out = ctx.out();
  if (out.json()) {
    const auto* zone = ctx.zone();
    out.json(acctcore::json_array(
        absences, [zone](const auto& a) { return acctcore::absence_to_json(a, zone); }));
    return 0;
  }
  if (absences.empty()) {
    out.info(tr("no absences"));
    return 0;
  }
  acctcore::Table table({"ID", "HANDLE", "FROM", "TO", "COVER", "NOTE"});
  for (const auto& a : absences)
    table.add_row({std::to_string(a.id), a.staff, acctcore::format_date(a.from),
                   acctcore::format_date(a.to), a.cover.empty() ? "-" : a.cover, a.note});
  out.table(table);
  return 0;
}

CLI::App* add_handle(CLI::App* cmd, std::string& handle) {
  cmd->add_option("handle", handle, "Staff handle, e.g. ivanova")->required()->type_name("HANDLE");
  return cmd;
}

} // namespace

void register_staff(Registry& registry) {
  CLI::App* staff =
      registry.group("staff", "The firm's people: roles, contacts, capacity, rates", "Register");
  {
    auto o = make_options<EditOptions>();
    CLI::App* cmd = registry.command(staff, "add", "Add a staff member", Access::write,
                                     [o](Context& ctx) { return run_add(ctx, *o); });
    add_handle(cmd, o->handle);
    cmd->add_option_function<std::string>(
           "--name", [o](const std::string& v) { o->changes.name = v; }, "Full name")
        ->required()
        ->type_name("NAME");
    cmd->add_option("--role", o->roles,
                    "Role(s), repeatable or comma-separated: manager, chief-accountant, "
                    "accountant, operator, payroll, lawyer")
        ->required()
        ->delimiter(',')
        ->type_name("ROLE");
    add_contact_options(cmd, o->changes);
  }
  {
    auto o = make_options<ListOptions>();
    CLI::App* cmd = registry.command(staff, "list", "List staff members", Access::read,
                                     [o](Context& ctx) { return run_list(ctx, *o); });
    cmd->add_flag("--all", o->all, "Include archived staff members");
    cmd->add_option("--role", o->role, "Only those with this role")->type_name("ROLE");
  }
  {
    auto o = make_options<HandleOptions>();
    CLI::App* cmd =
        registry.command(staff, "show", "Show one staff member", Access::read, [o](Context& ctx) {
          print_member(ctx, acctcore::get_staff(ctx.store(), o->handle));
          return 0;
        });
    add_handle(cmd, o->handle);
  }
  {
    auto o = make_options<EditOptions>();
    CLI::App* cmd =
        registry.command(staff, "edit", "Change a staff member (an empty value clears)",
                         Access::write, [o](Context& ctx) { return run_edit(ctx, *o); });
    add_handle(cmd, o->handle);
    add_optional(cmd, "--name", o->changes.name, "Full name", "NAME");
    cmd->add_option("--role", o->roles, "Replace all roles (repeatable or comma-separated)")
        ->delimiter(',')
        ->type_name("ROLE");
    cmd->add_option("--add-role", o->changes.add_roles, "Add a role")
        ->delimiter(',')
        ->type_name("ROLE");
    cmd->add_option("--remove-role", o->changes.remove_roles, "Remove a role")
        ->delimiter(',')
        ->type_name("ROLE");
    add_contact_options(cmd, o->changes);
  }
  {
    auto o = make_options<ArchiveOptions>();
    CLI::App* cmd = registry.command(
        staff, "archive",
        "Archive a staff member (refused while they hold open work, unless handed over)",
        Access::write, [o](Context& ctx) { return run_archive(ctx, *o); });
    add_handle(cmd, o->handle);
    cmd->add_option("--hand-over-to", o->successor,
                    "Give their open tasks, reviews, work-group roles and covers to this person")
        ->type_name("HANDLE");
  }
  {
    auto o = make_options<AwayOptions>();
    CLI::App* cmd = registry.command(
        staff, "away",
        "Record an absence: tasks due then and reminders go to the cover, and come back after",
        Access::write, [o](Context& ctx) { return run_away(ctx, *o); });
    add_handle(cmd, o->handle);
    cmd->add_option("--from", o->from, "First day away")->required()->type_name("DATE");
    cmd->add_option("--to", o->to, "Last day away")->required()->type_name("DATE");
    cmd->add_option("--cover", o->cover, "Who does their work meanwhile")->type_name("HANDLE");
    cmd->add_option("--note", o->note, "Why (holiday, sick leave)")->type_name("TEXT");
  }
  {
    auto o = make_options<AbsencesOptions>();
    CLI::App* cmd =
        registry.command(staff, "absences", "List absences not over yet (--all: past ones too)",
                         Access::read, [o](Context& ctx) { return run_absences(ctx, *o); });
    cmd->add_option("handle", o->handle, "Only this person's")->type_name("HANDLE");
    cmd->add_flag("--all", o->all, "Include absences that have ended");
  }
  {
    auto o = make_options<CancelAbsenceOptions>();
    CLI::App* cmd = registry.command(
        staff, "cancel-absence", "Cancel an absence: the work it sent to the cover comes back",
        Access::write, [o](Context& ctx) {
          print_absence_line(
              ctx, acctcore::cancel_absence(ctx.writable_store(), ctx.actor(), o->id), "cancelled");
          return 0;
        });
    cmd->add_option("id", o->id, "Absence id (see 'acct staff absences')")
        ->required()
        ->type_name("ID");
  }
  {
    auto o = make_options<HandleOptions>();
    CLI::App* cmd = registry.command(
        staff, "restore", "Bring an archived staff member back", Access::write, [o](Context& ctx) {
          confirm(ctx, acctcore::restore_staff(ctx.writable_store(), ctx.actor(), o->handle),
                  "restored");
          return 0;
        });
    add_handle(cmd, o->handle);
  }
}

} // namespace acctcli
