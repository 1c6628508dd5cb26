// reduceRight skips holes, starts at last present element
print([, 1, , 2, ,].reduceRight((a, b) => a + '<' + b)); // expect: 2<1
print([1, 2, 3].