// allSettled statuses
Promise.allSettled([Promise.reject(1), 2]).then(r => print(r.map(x => x.status).join())); // expect: rejected,fulfilled
