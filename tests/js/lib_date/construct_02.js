try { print(new Date(2020, 12).getMonth()); } catch (e) { print(e.name); }
try { print(new Date(2020, -1).getFullYear()); } catch (e) { print(e.name); }
try { print(new Date(2020, 0, 0).getDate()); } catch (e) { print(e.name); }
try { print(new Date(2020, 1, 30).getMonth()); } catch (e) { print(e.name); }
try { print(new Date(2020, 0, 1, 24).getDate()); } catch (e) { print(e.name); }
try { print(new Date(2020, 0, 1, 0, 0, 0, -1).getFullYear()); } catch (e) { print(e.name); }
// expect: 0
// expect: 2019
// expect: 31
// expect: 2
// expect: 2
// expect: 2019
