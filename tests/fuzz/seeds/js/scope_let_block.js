let a = 1;
{
  let a = 2;
  print(a); // expect: 2
  {
    let a = 3;
    print(a); // expect: 3
  }
  print(a); // expect: 2
}
print(a); // expect: 1
if (true) { let hidden = 1; }
print(typeof hidden); // expect: undefined
