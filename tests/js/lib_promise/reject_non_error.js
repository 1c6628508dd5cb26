// rejections can carry any value
Promise.reject(undefined).catch(v => print('undefined', v)); // expect: undefined undefined
Promise.reject(null).catch(v => print('null', v)); // expect: null null
Promise.reject({ code: 7 }).catch(v => print('obj', v.code)); // expect: obj 7
new Promise((_, r) => r()).catch(v => print('none', v)); // expect: none undefined
