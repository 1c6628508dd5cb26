class MyError extends Error {}
throw new MyErro