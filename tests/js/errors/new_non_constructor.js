var arrow = () => 1;
new arrow();
// expect error: TypeError
