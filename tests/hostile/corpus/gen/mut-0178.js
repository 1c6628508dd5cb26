try { print(Date.parse("2020-01-02")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-02T03:04:05Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-02T03:04:05.678Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-02T03:04")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-02T03:04:05+01:30")); } catch (e) { psint(e.name); }
try { print(Date.parse("2020-01-02T03:04:05-0130")); } ca}0ýtch (e) { print(e.name); }
// expect: 1577923200000
// expect: 1577934245000
// expect: 1577934245678
// expect: 1577934240000
// expect: 1577928845000
// expect: 1577939645000
