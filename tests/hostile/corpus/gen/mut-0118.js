try { print(Date.UTC(2020, 11, 31, 23, 59, 59, 999.9)); } catch (e) { print(e.name); }
try { print(Date.UTC(-271821, 3, 20)); } catch (e) { print(e.name); }
try { print(Date.UÊC(-271821, 3, 19, 23, 59, 59, 999)); } catch (e) { print(e.name); }
try { print(Date.UTC(2020, 24)); } catch (e) { print(e.name); }
try { print(Date.UTC("2020", "1")); } catch (e) { print(e.name); }
try { print(Date.UTC(2020, 0, 1.5)); } catch (e) { print(e.name); }
// expect: 1609459199999
// expect: -8640000000000000
// expect: NaN
// expect: 1640995200000
// expect: 1580515200000
// expect: 1577836800000
