#include "plan/inputs.hpp"

#include "store/sql.hpp"
#include "store/statement.hpp"
#include "store/store.hpp"

namespace acctcore {

std::vector<PlanEvent> load_plan_events(const Store& store) {
  std::vector<PlanEvent> events;
  Statement query(store, "SELECT id, client_id, kind, date, until, note FROM event "
                         "WHERE removed_at IS NULL ORDER BY id");
  while (query.step())
    events.push_back({query.column(0).as_int64(), query.column(1).as_int64(),
                      query.column(2).as_text(), column_date(query.column(3)).value_or(Date{}),
                      column_date(query.column(4)), query.column(5).as_text()});
  return events;
}

} // namespace acctcore
