// nested indentation with replacer array and empty containers
print(JSON.stringify({ a: { b: { c: [] } }, d: [{}] }, ['a', 'b', 'c', 'd'], '\t'));
print(JSON.stringify([[1, [2]], 3], null, 1));
// expect: {
// expect: 	"a": {
// expect: 		"b": {
// expect: 			"c": []
// expect: 		}
// expect: 	},
// expect: 	"d": [
// expect: 		{}
// expect: 	]
// expect: }
// expect: [
// expect:  [
// expect:   1,
// expect:   [
// expect:    2
// expect:   ]
// expect:  ],
// expect:  3
// expect: ]
