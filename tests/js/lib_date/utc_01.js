try { print(Date.UTC()); } catch (e) { print(e.name); }
try { print(Date.UTC(2020)); } catch (e) { print(e.name); }
try { print(Date.UTC(2020, 0)); } catch (e) { print(e.name); }
try { print(Date.UTC(2020, 1, 29, 12, 30, 15, 500)); } catch (e) { print(e.name); }
try { print(Date.UTC(99)); } catch (e) { print(e.name); }
try { print(Date.UTC(100)); } catch (e) { print(e.name); }
// expect: NaN
// expect: 1577836800000
// expect: 1577836800000
// expect: 1582979415500
// expect: 915148800000
// expect: -59011459200000
