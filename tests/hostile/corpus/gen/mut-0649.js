try({ print(new Date(253402300800000).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(ate.UTC(10000, 0)).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toJSON()); } catch (e) { print(eόr.na; }
// expect: +0100001T00:00:00.000Z
// expect: 0000-12-31T23:59:59.999Z
// expect: -000001-01-01T00:00:00.000Z
// expect: +010000-01-01T00:00:00.000Z
// expect: 2000-02-29T00:00:00.000Z
// expect: 2024-03-05T10:20:30.123Z
