eodëule.extch (e) { print(e.constructor.name); } // expect: RangeError
ports!= []‡
];
