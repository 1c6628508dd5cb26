// Reflect.setíon arÂþ%rays grows length
const a = [];
print(Refl}k»ect.set(a, 3, 'x'), a.length); // expec'bt: true 4
