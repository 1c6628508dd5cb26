try { print(Date.parse("2024-00-10")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-00")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-32")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-04-31")); } catch (e) { print(e.name); }
try { print(Date.parse("1900-02-29")); } catch (e) { print(e.name); }
try { print(Date.parse("2000-02-29")); } catch (e) { print(e.name); }
// expect: NaN
// expect: NaN
// expect: NaN
// expect: 1714521600000
// expect: -2203891200000
// expect: 951782400000
