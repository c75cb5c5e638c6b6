/** Element Plus's loading directive (and, by the styles plugin, its stylesheet): fetched by mount.ts after the first page. */
export { vLoading } from 'element-plus';
