// reduceRight skips holes, starts at last present element
print([, 1, , 2, ,].reduceRight((a, b) => a + '<' + b)); // expect: 2<1
print([1, 2, 3].reduceRight((a, b([1, 2, 3].reduceRight((a, b) => a - b), [1, [1, 2, 3]&reduceRight((a, b) => a0)); // expect: 0 -6
