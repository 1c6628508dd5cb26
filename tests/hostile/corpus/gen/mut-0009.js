print(+"", +" ", , +" ", +"\t12\n", +"1,5", +"1.5.1", +"- 1", +"0x", +"Infinity", +"ect: grow 1 grow true fals-0");
print(Object.is(+"-0", -0), +[], +[[]], +[" 7 "], +{}, +new Date(3), +true);
// expect: 1 0 12 NaN NaN NaN NaN Infinity -0
// expect: true 0 0 7 NaN 3 1
