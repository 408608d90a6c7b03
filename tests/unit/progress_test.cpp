// Progress of long work: what lib/ reports, how often, and the line a terminal shows.

#include "helpers.hpp"
#include "util/progress.hpp"

#include <vector>

using namespace acctcore;

namespace {

struct Seen {
  std::string stage;
  std::int64_t done = 0, total = 0;
  bool finished = false;
};

} // namespace

TEST_CASE("progress: a silent Progress reports nothing and costs a count") {
  Progress silent;
  CHECK_FALSE(silent.active());
  silent.stage("writing tasks", 10);
  for (int i = 0; i < 100000; ++i)
    silent.advance();
  silent.finish();
}

TEST_CASE("progress: stages, every stride, and the end once") {
  std::vector<Seen> seen;
  Progress p(
      [&](const ProgressState& s) {
        seen.push_back({std::string(s.stage), s.done, s.total, s.finished});
      },
      100);
  CHECK(p.active());
  p.stage("reading", 0);
  for (int i = 0; i < 250; ++i)
    p.advance();
  p.stage("writing", 1000);
  p.advance(1000); // one jump past several strides: one report
  p.finish();
  p.finish(); // once only
  REQUIRE(seen.size() == 6);
  CHECK(seen[0].stage == "reading");
  CHECK(seen[0].done == 0);
  CHECK(seen[1].done == 100);
  CHECK(seen[2].done == 200);
  CHECK(seen[3].stage == "writing");
  CHECK(seen[3].done == 0);
  CHECK(seen[3].total == 1000);
  CHECK(seen[4].done == 1000);
  CHECK_FALSE(seen[4].finished);
  CHECK(seen[5].finished);
}

TEST_CASE("progress: the line a terminal shows") {
  CHECK(progress_line({"writing tasks", 0, 1000, false}, 0) == "writing tasks: 0/1000 (0%)");
  // The rate and time left only once half a second has passed.
  CHECK(progress_line({"writing tasks", 100, 1000, false}, 0.2) == "writing tasks: 100/1000 (10%)");
  CHECK(progress_line({"writing tasks", 500, 1000, false}, 2) ==
        "writing tasks: 500/1000 (50%), 250/s, 2 s left");
  CHECK(progress_line({"writing tasks", 1000, 1000, false}, 4) ==
        "writing tasks: 1000/1000 (100%), 250/s");
  CHECK(progress_line({"reading clients", 1200, 0, false}, 1) == "reading clients: 1200, 1200/s");
  CHECK(progress_line({"sending", 0, 0, false}, 3) == "sending: 0");
}
