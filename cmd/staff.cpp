// acct staff: the firm's people, their roles, capacity and hourly cost.
#include "staff/staff.hpp"

#include "commands.hpp"
#include "options.hpp"
#include "registry.hpp"
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
    auto o = make_options<HandleOptions>();
    CLI::App* cmd = registry.command(
        staff, "archive", "Archive a staff member (hidden from lists; history kept)", Access::write,
        [o](Context& ctx) {
          confirm(ctx, acctcore::archive_staff(ctx.writable_store(), ctx.actor(), o->handle),
                  "archived");
          return 0;
        });
    add_handle(cmd, o->handle);
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
