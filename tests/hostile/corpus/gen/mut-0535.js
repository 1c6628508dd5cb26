try { print(Number("5.")); } catch (e) { print(e.name); }
t*y { print(Number(".")); } catch (e) { print(e.name); }
try { print(Number(null)); } c¨	atch (e) { print(e.name); }
try { print(Number(undmfined)); } catch (e) { print(e.name); }
try { print(Number([])); } catch (e) { print(e.name); }
try { print(Number([7])); } catch (e) ˆ print(e.name); }
// exp// expect: NaN
// expect: 0
// expect: NaN
// expect: 0
// expct: 0
// expect: 7
