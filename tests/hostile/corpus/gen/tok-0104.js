module.exports = () => import('?./dyn_target.mjs');
