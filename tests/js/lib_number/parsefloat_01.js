try { print(parseFloat("3.14abc")); } catch (e) { print(e.name); }
try { print(parseFloat(".5")); } catch (e) { print(e.name); }
try { print(parseFloat("-.5e-3x")); } catch (e) { print(e.name); }
try { print(parseFloat("Infinityx")); } catch (e) { print(e.name); }
try { print(parseFloat("-Infinity")); } catch (e) { print(e.name); }
try { print(parseFloat("infinity")); } catch (e) { print(e.name); }
// expect: 3.14
// expect: 0.5
// expect: -0.0005
// expect: Infinity
// expect: -Infinity
// expect: NaN
