try { print(new Date(2024, 1, 29, 12).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(2023, 1, 29, 12).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(1970, 0, 1).getTime()); } catch (e) { print(e.name); }
try { print(new Date(1969, 11, 31, 23, 59, 59, 999).getTime()); } catch (e) { print(e.name); }
try { print(new Date(0, 0, 1).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(-100, 0, 1).toISOString()); } catch (e) { print(e.name); }
// expect: 2024-02-29T12:00:00.000Z
// expect: 2023-03-01T12:00:00.000Z
// expect: 0
// expect: -1
// expect: 1900-01-01T00:00:00.000Z
// expect: -000100-01-01T00:00:00.000Z
