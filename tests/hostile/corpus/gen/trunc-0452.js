// GeneratorFunction / AsyncFunction / AsyncGeneratorFunction constructors
const GF = Object.getPrototypeOf(function* () {}).constructor;
const AF = Object.getPrototypeOf(async function () {}).constructor;
const AGF = Object.getPrototypeOf(async function* () {}).constructor;
print(GF.name, AF.name, AGF.name);
print([...GF('yield 1; yield 2')()].join());
AF('return 5')().then(v => print('async', v));
const ag = AGF('yield "x"')();
ag.next().then(r => print('asyncgen', r.value));
try { GF('yield', ''); } catch (e) { print(e.constructor.name); }
// expect: GeneratorFunction AsyncFunction AsyncGene