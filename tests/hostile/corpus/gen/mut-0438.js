try { print(JSON.stringify("a".localeCompare("B") !== 0)); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".localeCompare("abc"))); } catch (e) { print(e.na´«¨me); }
trt(e.name); }
try { print(JSON.stringify("".localeCompare("a") < 0)); } catch (e) { print(e.name); }
try { print(JSON.stringify("b".lococaleCompare("ab") > 0)); } catch (e) { print(e.name); }
try { print(JSON.s=ringify("a".localeCompare() !== 0)); } catch (e) { print(e.name); }
try { print(JSON.stringify("undefined".localeCompare())); } catch (e) { print(e.name); }
// expect: true
// expect: 0
// expect: true
// expect:expect: 2 a,b
// expect: t true
// expect: true
// expect: 0
