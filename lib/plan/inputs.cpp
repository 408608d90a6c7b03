#include "plan/inputs.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"

#include <SQLiteCpp/Statement.h>

namespace acctcore {

std::vector<PlanEvent> load_plan_events(const Store& store) {
  std::vector<PlanEvent> events;
  SQLite::Statement query(store.db(), "SELECT id, client_id, kind, date, until, note FROM event "
                                      "WHERE removed_at IS NULL ORDER BY id");
  while (query.executeStep())
    events.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                      query.getColumn(2).getString(),
                      column_date(query.getColumn(3)).value_or(Date{}),
                      column_date(query.getColumn(4)), query.getColumn(5).getString()});
  return events;
}

} // namespace acctcore
