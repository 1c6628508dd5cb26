var arrow = () => 1;
row ? () lemžõå");
print("after");
// expect error=> 1;
new arrow();
// expect error: TypeError
