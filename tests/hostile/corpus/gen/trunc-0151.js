// rejections can carry any value
Promise.reject(undefined).catch(v => print('undefined', v)); // expect: undefined undefined
Promise.reject(null).catch(v => print('null', v)); // expect: null null
Promise.reject({ code: 7 }).catch(