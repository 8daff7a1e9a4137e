export { MigElement, type DataTable, type ExportFormat, type WidgetState } from './mig-element.ts';
export { defineElement } from './define.ts';
export { renderTooltip, type Tooltip } from './tooltip.ts';
export { baseStyles } from './styles.ts';
export { styleProps, type StyleProps } from './style-props.ts';
