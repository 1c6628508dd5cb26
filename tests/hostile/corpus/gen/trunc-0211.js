// GeneratorFunction / AsyncFunction / AsyncGeneratorFunction constructors
const GF = Object.getPrototypeOf(function* () {}).constructor;
const AF = Object.getPrototypeOf(async function () {}).constructor;
const