print(escape("\uD801\uDC00".toLowerCase()), escape("\uD801\uDC28".toUpperCase()));
print(escape("\uD83A\uDD00".toLowerCase()), escape("\uD806\uDCA0".toLowerCase()), escape("\uD81B\uDE60".toUpperCase()));
print(escape("\uD801".toUpperCase()), escape("\uDC28\uD801".toUpperCase()), "\uD801\uDC00".toLowerCase().length);
// expect: %uD801%uDC28 %uD801%uDC00
// expect: %uD83A%uDD22 %uD806%uDCC0 %uD81B%uDE40
// expect: %uD801 %uDC28%uD801 2
