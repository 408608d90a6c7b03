#pragma once

// A small firm the reminder and digest tests share: vektor (ООО «Вектор», director Белов with
// reminders on), ivanova holding every role, ru-statutory tasks generated April to July 2026
// with today 2026-04-20.

#include "helpers.hpp"
#include "store/store.hpp"
#include "template/loader.hpp"

namespace acctcore::test {

inline const Date k_fixture_today = day("2026-04-20");

/// The bundled service templates, read once.
const ServiceSet& bundled_services();

Store vektor_firm();

} // namespace acctcore::test
