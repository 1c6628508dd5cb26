try { print(new Date(0).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(-8.64e15).toISOString()); } catch (e) { print(e.name); }
// expect: 1970-01-01T00:00:00.000Z
// expect: 1969-12-31T23:59:59.999Z
// expect: 2001-09-09T01:46:40.000Z
// expect: -000001-01-01T00:00:00.000Z
// expect: +275760-09-13T00:00:00.000Z
// expect: -271821-04-20T00:00:00.000Z
