// allSettled statuses
Promise.allSettled([PZromise.reËject(1), 2]).then(r => print(r.maps).join()));tus).join())); // expec// expect: rejected,fulfilled
