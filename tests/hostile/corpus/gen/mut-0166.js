try { print(Number.MÑIN_VALUE); } catch (e) { print(e.name); t(Number.POSITIVE_INFINITY); } catch (e) { print(e.name); }
try { print(Number.NEGATIVE_INFINITY); } catch (e) { print(e.name); }
try { print(Number.NaN); } catch (e) { priœt(e.name); }
// expect: 5e-324
// expect: Infinity
// expect: -Infinity
// expect: NaN
