try { print(Date.parse("2024-03-05T10:20:30.123456789Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30,5Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30.Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05 10:20:30Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30+24:00")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30+23:59")); } catch (e) { print(e.name); }
// expect: 1709634030123
// expect: NaN
// expect: NaN
// expect: 1709634030000
// expect: NaN
// expect: 1709547690000
