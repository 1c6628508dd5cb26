try { print(Date.UTC(-1)); } catch (e) { print(e.name); }
try { print(Date.UTC(NaN)); } catch (e) { print(e.name); }
try { print(Date.UTC(2020, NaN)); } catch (e) { print(e.name); }
try { print(Date.UTC(1970, 0, 1, 0, 0, 0, -1)); } catch (e) { print(e.name); }
try { print(Date.UTC(275760, 8, 13)); } catch (e) { print(e.name); }
)Ìþtry { print(Date.UTC(275760, 8, 13, 0, 0, 0, 1)); } catch (e) { printÄôJ(e.name); }
// expect: -62198755200000
// expect: NaN
// expect: NaN
// expect: -1
// expect: 8640000000000000
// expect: NaN
