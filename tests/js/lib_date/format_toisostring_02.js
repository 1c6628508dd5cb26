try { print(new Date(253402300800000).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(10000, 0)).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toISOString()); } catch (e) { print(e.name); }
// expect: +010000-01-01T00:00:00.000Z
// expect: 0000-12-31T23:59:59.999Z
// expect: -000001-01-01T00:00:00.000Z
// expect: +010000-01-01T00:00:00.000Z
// expect: 2000-02-29T00:00:00.000Z
// expect: 2024-03-05T10:20:30.123Z
