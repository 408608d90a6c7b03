Help is accurate and complete; every command answers --help (tests/check_commands.py checks the
whole list; these are the pages people read most).
One store: SQLite only, as help text does not touch the database.
  $ acct --help
  acct: clients, deadlines and tasks of an accounting firm, over one SQLite file
  Usage: acct [OPTIONS] [SUBCOMMAND]
  
  Options:
    -h,--help                   Print this help message and exit
    --version                   Display program version information and exit
    --db PATH (Env:ACCT_DB)     Database file (default: $XDG_DATA_HOME/acct/acct.db)
    --config PATH (Env:ACCT_CONFIG)
                                Config file (default: $XDG_CONFIG_HOME/acct/config.toml)
    --templates DIR (Env:ACCT_TEMPLATES)
                                The firm's templates directory
    --today DATE (Env:ACCT_TODAY)
                                Use this date as today (YYYY-MM-DD)
    --now TIMESTAMP (Env:ACCT_NOW)
                                Use this instant as now (YYYY-MM-DDTHH:MM[:SS][+HH:MM])
    --json                      Print JSON for scripts (fields in docs/json.md)
    -q,--quiet                  Print nothing but results and errors
  
  Setup:
    init                        Create the database and a commented config (safe to repeat)
    import                      Import a whole firm written by 'acct export firm' into a new database
    db                          Database file: path, migrations, checks, backups
    completion                  Print the completion script of a shell: source <(acct completion bash)
  
  Register:
    staff                       The firm's people: roles, contacts, capacity, rates
    client                      Clients: identifiers, status, dated facts, contacts, work groups
    log                         Show the audit trail of changes
  
  Work:
    template                    Service templates: list, show, lint
    plan                        Show what generate would do: tasks to create, move, cancel, and conflicts
    generate                    Create and update tasks from the templates, in one transaction (safe to repeat)
    event                       Events of clients (hire, dismissal, vacation, sick leave, patent) and their tasks
    task                        Work on tasks: list, show, accept, review, finish
    agenda                      One person's work: overdue first, then by day
    report                      Reports over logged time
    remind                      Reminders: the schedule from the policies, and sending it from cron
    figures                     Clients' turnover-balance sheets and the indicators computed from them
    digest                      Digests for mail and messengers: a client's calendar, an agenda, the overview
    export                      Export for other programs: calendar feeds (ICS), the whole firm (JSON)
  
  Deadlines:
    calendar                    Production calendars: working days, holidays, working-day arithmetic
    deadline                    Deadline rules: how a due date is computed
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
  $ acct staff --help
  The firm's people: roles, contacts, capacity, rates
  Usage: acct staff [OPTIONS] [SUBCOMMAND]
  
  Options:
    -h,--help                   Print this help message and exit
  
  Commands:
    add                         Add a staff member
    list                        List staff members
    show                        Show one staff member
    edit                        Change a staff member (an empty value clears)
    archive                     Archive a staff member (refused while they hold open work, unless handed over)
    away                        Record an absence: tasks due then and reminders go to the cover, and come back after
    absences                    List absences not over yet (--all: past ones too)
    cancel-absence              Cancel an absence: the work it sent to the cover comes back
    restore                     Bring an archived staff member back
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
  $ acct staff add --help
  Add a staff member
  Usage: acct staff add [OPTIONS] handle
  
  Positionals:
    handle HANDLE REQUIRED      Staff handle, e.g. ivanova
  
  Options:
    -h,--help                   Print this help message and exit
    --name NAME REQUIRED        Full name
    --role ROLE ... REQUIRED    Role(s), repeatable or comma-separated: manager, chief-accountant, accountant, operator, payroll, lawyer
    --email EMAIL               E-mail address
    --phone PHONE               Phone with country code, e.g. +7 916 123-45-67
    --telegram USER             Telegram username, e.g. @ivanova
    --timezone ZONE             IANA time zone, when not the firm's
    --capacity HOURS            Working hours per week (default 40)
    --rate MONEY                Cost of an hour, e.g. 1500 or '1 500,50 RUB'
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
  $ acct log --help
  Show the audit trail of changes
  Usage: acct log [OPTIONS]
  
  Options:
    -h,--help                   Print this help message and exit
    --entity KIND[:KEY]         Only this kind of entity, or one entity: staff:ivanova
    --task ID                   Only the changes of this task (same as --entity task:ID)
    --actor USER                Only changes made by this user
    --since DATE                From this day on (inclusive)
    --until DATE                Up to this day (inclusive)
    --limit N                   Only the newest N changes
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
  $ acct client --help
  Clients: identifiers, status, dated facts, contacts, work groups
  Usage: acct client [OPTIONS] [SUBCOMMAND]
  
  Options:
    -h,--help                   Print this help message and exit
  
  Commands:
    add                         Add a client
    list                        List clients
    show                        Show a client and its history
    edit                        Change a client's record or status (an empty value clears)
    set                         Record facts from a date: KEY=VALUE ...
    archive                     Archive a client (hidden from lists; history kept)
    restore                     Bring an archived client back
    contact                     People at a client: directors, accountants, who gets reminders
    assign                      Assign staff to a client's work group (history kept)
    subscribe                   Subscribe a client to a service
    unsubscribe                 End a client's subscription
    import                      Import clients from a CSV file
    export                      Export clients as CSV or JSON
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
  $ acct client contact --help
  People at a client: directors, accountants, who gets reminders
  Usage: acct client contact [OPTIONS] [SUBCOMMAND]
  
  Options:
    -h,--help                   Print this help message and exit
  
  Commands:
    add                         Add a contact to a client
    list                        List a client's contacts, or everyone's
    edit                        Change a contact (name and channels change for all their clients)
    remove                      Remove a contact from a client (the person stays)
  
  Run 'acct COMMAND --help' for a command's options. Exit codes and JSON fields:
  docs/exit-codes.md and docs/json.md.
