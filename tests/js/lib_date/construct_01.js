try { print(new Date(2020, 0).getTime()); } catch (e) { print(e.name); }
try { print(new Date(2020, 0, 31, 23, 59, 59, 999).getTime()); } catch (e) { print(e.name); }
try { print(new Date(99, 0).getFullYear()); } catch (e) { print(e.name); }
try { print(new Date(100, 0).getFullYear()); } catch (e) { print(e.name); }
try { print(new Date(-1, 0).getFullYear()); } catch (e) { print(e.name); }
try { print(new Date(0, 0).getFullYear()); } catch (e) { print(e.name); }
// expect: 1577836800000
// expect: 1580515199999
// expect: 1999
// expect: 100
// expect: -1
// expect: 1900
