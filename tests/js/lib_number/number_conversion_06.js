try { print(Number(" \n")); } catch (e) { print(e.name); }
try { print(Number("0X1F")); } catch (e) { print(e.name); }
// expect: 0
// expect: 31
