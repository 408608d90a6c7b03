// acct client contact ..., assign, subscribe, unsubscribe: what links a client to people (its
// contacts, the firm's work group) and to services.
#include "client/contacts.hpp"
#include "client/subscriptions.hpp"
#include "client/work_group.hpp"
#include "client_common.hpp"
#include "deadline/period.hpp"
#include "options.hpp"
#include "staff/staff.hpp"
#include "task/handover.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace acctcli {

using acctcore::Contact;
using acctcore::ContactFields;
using acctcore::Error;
using acctcore::ErrorKind;
using acctcore::tr;
using acctcore::trf;

namespace {

struct ContactOptions {
  std::string slug;
  std::string person;
  ContactFields fields;
  std::vector<std::string> roles;
};

struct ContactListOptions {
  std::string slug;
  std::string role;
};

struct AssignOptions {
  std::string slug;
  std::vector<std::pair<std::string, std::optional<std::string>>> roles;
  std::string from;
};

struct SubscribeOptions {
  std::string slug;
  std::string service;
  std::vector<std::string> params;
  std::string date;
};

std::string roles_text(const Contact& c) {
  return acctcore::join(c.roles, ",");
}

void contact_options(CLI::App* cmd, ContactOptions& o) {
  add_optional(cmd, "--email", o.fields.email, "E-mail address", "EMAIL");
  add_optional(cmd, "--phone", o.fields.phone, "Phone with country code", "PHONE");
  add_optional(cmd, "--telegram", o.fields.telegram, "Telegram username, e.g. @petrov", "USER");
  add_optional(cmd, "--channel", o.fields.channel,
               "Preferred channel: email, telegram or phone (default: the first the person has)",
               "CHANNEL");
  CLI::Option* on = cmd->add_flag_callback(
      "--reminders", [&o] { o.fields.reminders = true; },
      "Receives deadline reminders (default when there is a channel)");
  cmd->add_flag_callback(
         "--no-reminders", [&o] { o.fields.reminders = false; }, "Receives no reminders")
      ->excludes(on);
}

int run_contact_add(Context& ctx, ContactOptions& o) {
  if (!o.roles.empty())
    o.fields.roles = o.roles;
  if (!o.person.empty())
    o.fields.person = o.person;
  const auto added = acctcore::add_contact(ctx.writable_store(), ctx.actor(), o.slug, o.fields);
  const Contact& c = added.contact;
  if (ctx.out().json()) {
    auto json = acctcore::contact_to_json(c);
    json["person_created"] = added.person_created;
    json["other_clients"] = added.other_clients;
    ctx.out().json(json);
    return 0;
  }
  std::string line = trf("added contact '{}' ({}: {}) to client '{}'", c.person.key, c.person.name,
                         roles_text(c), c.client);
  if (!added.other_clients.empty()) {
    std::vector<std::string> quoted;
    for (const auto& slug : added.other_clients)
      quoted.push_back(fmt::format("'{}'", slug));
    line += trf("; also a contact of {}", acctcore::join(quoted, ", "));
  }
  ctx.out().info(line);
  return 0;
}

int run_contact_edit(Context& ctx, ContactOptions& o) {
  if (!o.roles.empty())
    o.fields.roles = o.roles;
  if (o.fields.empty())
    throw Error(ErrorKind::usage, tr("'acct client contact edit' needs something to change"),
                tr("run 'acct client contact edit --help' for the options"));
  const Contact c =
      acctcore::edit_contact(ctx.writable_store(), ctx.actor(), o.slug, o.person, o.fields);
  if (ctx.out().json())
    ctx.out().json(acctcore::contact_to_json(c));
  else
    ctx.out().info(
        trf("updated contact '{}' ({}) of client '{}'", c.person.key, c.person.name, c.client));
  return 0;
}

int run_contact_list(Context& ctx, const ContactListOptions& o) {
  std::vector<Contact> contacts = o.slug.empty() ? acctcore::load_contacts(ctx.store())
                                                 : acctcore::client_contacts(ctx.store(), o.slug);
  if (!o.role.empty())
    contacts.erase(std::remove_if(contacts.begin(), contacts.end(),
                                  [&](const Contact& c) {
                                    return std::find(c.roles.begin(), c.roles.end(), o.role) ==
                                           c.roles.end();
                                  }),
                   contacts.end());
  // Across clients, one person's links come together.
  if (o.slug.empty())
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact& a, const Contact& b) {
      return a.person.key < b.person.key;
    });
  Output& out = ctx.out();
  if (out.json()) {
    out.json(acctcore::json_array(contacts, acctcore::contact_to_json));
    return 0;
  }
  if (contacts.empty()) {
    out.info(tr("no contacts"));
    return 0;
  }
  std::vector<std::string> headers = k_contact_headers;
  if (o.slug.empty())
    headers.insert(headers.begin() + 2, "CLIENT");
  acctcore::Table table(headers);
  for (const auto& c : contacts) {
    std::vector<std::string> row = contact_row(c);
    if (o.slug.empty())
      row.insert(row.begin() + 2, c.client);
    table.add_row(std::move(row));
  }
  out.table(table);
  return 0;
}

/// What followed a work-group change: tasks moved, and started ones left where they are with
/// the command that hands them over.
void print_followed(Context& ctx, const acctcore::WorkGroupFollow& followed) {
  if (!followed.moved.empty())
    ctx.out().info(trf("{} task(s) not started follow the new holders", followed.moved.size()));
  if (followed.conflicts.empty())
    return;
  // TRANSLATORS: a count of tasks.
  ctx.out().info(
      trf("{} started task(s) stay with the previous holders:", followed.conflicts.size()));
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> commands;
  for (const auto& f : followed.conflicts) {
    // TRANSLATORS: a task id, title, status, due date, "assignee" or "reviewer", a handle.
    ctx.out().info(trf("  #{} {} ({}, due {}): {} {}", f.task.id, f.task.title,
                       acctcore::task_status_name(f.task.status), acctcore::format_date(f.task.due),
                       f.field, f.from));
    commands[{f.field, f.to.empty() ? "-" : f.to}].push_back(std::to_string(f.task.id));
  }
  for (const auto& [key, ids] : commands) {
    const std::string list = acctcore::join(ids, " ");
    ctx.out().info(
        key.first == "assignee"
            ? trf("hand them over: acct task assign {} {}", list, key.second)
            : trf("hand the reviews over: acct task assign {} --reviewer {}", list, key.second));
  }
}

int run_assign(Context& ctx, const AssignOptions& o) {
  std::vector<acctcore::RoleAssignment> roles;
  for (const auto& [role, handle] : o.roles)
    if (handle)
      roles.push_back({role, std::string(acctcore::trim(*handle))});
  if (roles.empty())
    throw Error(ErrorKind::usage, tr("'acct client assign' needs at least one role"),
                tr("e.g. acct client assign romashka --manager orlova --accountant ivanova"));
  const acctcore::Date from = date_or_today(ctx, o.from, "--from");
  const auto changes =
      acctcore::assign_work_group(ctx.writable_store(), ctx.actor(), o.slug, roles, from);
  const auto followed =
      acctcore::follow_work_group(ctx.writable_store(), ctx.actor(), o.slug, changes, from, true);
  std::vector<acctcore::FieldChange> fields;
  for (const auto& change : changes)
    fields.push_back(
        {change.role, acctcore::json_or_null(change.from), acctcore::json_or_null(change.to)});
  if (ctx.out().json()) {
    acctcore::Json list = acctcore::Json::array();
    for (const auto& f : fields)
      list.push_back({{"role", f.field}, {"from", f.from}, {"to", f.to}});
    const auto tasks = [](const std::vector<acctcore::FollowedTask>& followed_tasks) {
      return acctcore::json_array(followed_tasks, [](const acctcore::FollowedTask& f) {
        return acctcore::Json{{"id", f.task.id},
                              {"field", f.field},
                              {"status", acctcore::task_status_name(f.task.status)},
                              {"due", acctcore::format_date(f.task.due)},
                              {"from", acctcore::json_or_null(f.from)},
                              {"to", acctcore::json_or_null(f.to)}};
      });
    };
    ctx.out().json({{"client", o.slug},
                    {"from", acctcore::format_date(from)},
                    {"changes", list},
                    {"moved", tasks(followed.moved)},
                    {"conflicts", tasks(followed.conflicts)}});
    return 0;
  }
  if (fields.empty()) {
    ctx.out().info(trf("client '{}': work group unchanged", o.slug));
    return 0;
  }
  ctx.out().info(trf("client '{}' from {}: {}", o.slug, acctcore::format_date(from),
                     changes_text(fields, "update")));
  print_followed(ctx, followed);
  return 0;
}

int run_subscribe(Context& ctx, const SubscribeOptions& o) {
  const acctcore::Date from = date_or_today(ctx, o.date, "--from");
  // first-period=2026-Q1: the first period the firm answers for; the planner reads it.
  for (const auto& param : o.params)
    if (param.starts_with("first-period=") &&
        !acctcore::parse_period(std::string_view(param).substr(13)))
      throw Error(ErrorKind::invalid,
                  trf("invalid first-period '{}'", std::string_view(param).substr(13)),
                  tr("a period such as 2026-01, 2026-Q1, 2026-H1 or 2026"));
  const auto result =
      acctcore::subscribe(ctx.writable_store(), ctx.actor(), o.slug, o.service, o.params, from);
  const auto& s = result.subscription;
  if (ctx.out().json()) {
    auto json = acctcore::subscription_to_json(s);
    json["client"] = s.client;
    json["outcome"] = result.outcome == acctcore::SubscribeOutcome::created   ? "created"
                      : result.outcome == acctcore::SubscribeOutcome::changed ? "changed"
                                                                              : "unchanged";
    ctx.out().json(json);
    return 0;
  }
  switch (result.outcome) {
  case acctcore::SubscribeOutcome::created:
    ctx.out().info(trf("subscribed client '{}' to '{}' from {}", s.client, s.service,
                       acctcore::format_date(s.dates.from)));
    break;
  case acctcore::SubscribeOutcome::changed:
    ctx.out().info(trf("changed the parameters of client '{}' for '{}' from {}: {}", s.client,
                       s.service, acctcore::format_date(s.dates.from),
                       s.params.empty() ? std::string(tr("(none)")) : params_text(s.params)));
    break;
  case acctcore::SubscribeOutcome::unchanged:
    ctx.out().info(trf("client '{}' is already subscribed to '{}' (since {})", s.client, s.service,
                       acctcore::format_date(s.dates.from)));
    break;
  }
  return 0;
}

int run_unsubscribe(Context& ctx, const SubscribeOptions& o) {
  const acctcore::Date last_day = date_or_today(ctx, o.date, "--to");
  const auto s =
      acctcore::unsubscribe(ctx.writable_store(), ctx.actor(), o.slug, o.service, last_day);
  if (ctx.out().json()) {
    auto json = acctcore::subscription_to_json(s);
    json["client"] = s.client;
    ctx.out().json(json);
  } else {
    ctx.out().info(trf("client '{}' is subscribed to '{}' until {} (its last day)", s.client,
                       s.service, acctcore::format_date(last_day)));
  }
  return 0;
}

void add_slug_and_person(CLI::App* cmd, ContactOptions& o) {
  cmd->add_option("slug", o.slug, "Client slug")->required()->type_name("SLUG");
  cmd->add_option("person", o.person, "The person's key, e.g. petrov-ivan")
      ->required()
      ->type_name("PERSON");
}

} // namespace

void register_client_links(Registry& registry, CLI::App* client) {
  CLI::App* contact =
      registry.group("contact", "People at a client: directors, accountants, who gets reminders",
                     "Commands", client);
  {
    auto o = make_options<ContactOptions>();
    CLI::App* cmd = registry.command(contact, "add", "Add a contact to a client", Access::write,
                                     [o](Context& ctx) { return run_contact_add(ctx, *o); });
    cmd->add_option("slug", o->slug, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("--person", o->person, "An existing person's key (a contact elsewhere)")
        ->type_name("PERSON");
    add_optional(cmd, "--name", o->fields.name, "Full name of a new person", "NAME");
    cmd->add_option("--role", o->roles,
                    "Role(s) at the client: director, chief-accountant, accountant, hr, owner, "
                    "lawyer, contact")
        ->required()
        ->delimiter(',')
        ->type_name("ROLE");
    contact_options(cmd, *o);
  }
  {
    auto o = make_options<ContactListOptions>();
    CLI::App* cmd =
        registry.command(contact, "list", "List a client's contacts, or everyone's", Access::read,
                         [o](Context& ctx) { return run_contact_list(ctx, *o); });
    cmd->add_option("slug", o->slug, "Client slug (default: all clients)")->type_name("SLUG");
    cmd->add_option("--role", o->role, "Only those with this role")->type_name("ROLE");
  }
  {
    auto o = make_options<ContactOptions>();
    CLI::App* cmd = registry.command(
        contact, "edit", "Change a contact (name and channels change for all their clients)",
        Access::write, [o](Context& ctx) { return run_contact_edit(ctx, *o); });
    add_slug_and_person(cmd, *o);
    add_optional(cmd, "--name", o->fields.name, "Full name", "NAME");
    cmd->add_option("--role", o->roles, "Replace the roles at this client")
        ->delimiter(',')
        ->type_name("ROLE");
    contact_options(cmd, *o);
  }
  {
    auto o = make_options<ContactOptions>();
    CLI::App* cmd =
        registry.command(contact, "remove", "Remove a contact from a client (the person stays)",
                         Access::write, [o](Context& ctx) {
                           const Contact c = acctcore::remove_contact(
                               ctx.writable_store(), ctx.actor(), o->slug, o->person);
                           if (ctx.out().json())
                             ctx.out().json(acctcore::contact_to_json(c));
                           else
                             ctx.out().info(trf("removed contact '{}' ({}) from client '{}'",
                                                c.person.key, c.person.name, c.client));
                           return 0;
                         });
    add_slug_and_person(cmd, *o);
  }
  {
    auto o = make_options<AssignOptions>();
    CLI::App* cmd =
        registry.command(client, "assign", "Assign staff to a client's work group (history kept)",
                         Access::write, [o](Context& ctx) { return run_assign(ctx, *o); });
    cmd->add_option("slug", o->slug, "Client slug")->required()->type_name("SLUG");
    o->roles.reserve(std::size(acctcore::k_staff_roles));
    for (const auto role : acctcore::k_staff_roles) {
      o->roles.emplace_back(std::string(role), std::nullopt);
      add_optional(cmd, "--" + std::string(role), o->roles.back().second,
                   fmt::format("Staff handle for the {} role (\"\" ends it)", role), "HANDLE");
    }
    cmd->add_option("--from", o->from, "Date the assignment starts (default today)")
        ->type_name("DATE");
  }
  {
    auto o = make_options<SubscribeOptions>();
    CLI::App* cmd =
        registry.command(client, "subscribe", "Subscribe a client to a service", Access::write,
                         [o](Context& ctx) { return run_subscribe(ctx, *o); });
    cmd->add_option("slug", o->slug, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("service", o->service, "Service (template) id, e.g. ru-statutory")
        ->required()
        ->type_name("SERVICE");
    cmd->add_option("--from", o->date, "First day (default today)")->type_name("DATE");
    cmd->add_option("--param", o->params, "A parameter KEY=VALUE (repeatable)")
        ->type_name("KEY=VALUE");
  }
  {
    auto o = make_options<SubscribeOptions>();
    CLI::App* cmd =
        registry.command(client, "unsubscribe", "End a client's subscription", Access::write,
                         [o](Context& ctx) { return run_unsubscribe(ctx, *o); });
    cmd->add_option("slug", o->slug, "Client slug")->required()->type_name("SLUG");
    cmd->add_option("service", o->service, "Service id")->required()->type_name("SERVICE");
    cmd->add_option("--to", o->date, "Last day of the service (default today)")->type_name("DATE");
  }
}

} // namespace acctcli
