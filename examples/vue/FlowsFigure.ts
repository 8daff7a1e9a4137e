/**
 * A flow timeline inside a Vue 3 component, written as a render function so it type-checks
 * without a `.vue` compiler. The same component as a single-file component is in
 * docs/vue.md. A `.data` key sets the dataset as a property, never as an attribute;
 * `onMigSelect` listens to `mig-select`.
 */
import { defineComponent, h, ref } from 'vue';
import 'migration-widgets/flow-timeline';
import type { DataIssue } from 'migration-widgets';
import flows from '../../data/flows-serbia.json';
import type { MigSelectDetail } from './migration-widgets';

export default defineComponent({
  name: 'FlowsFigure',
  props: {
    /** The article's language, e.g. `en` or `sr-Cyrl`. */
    lang: { type: String, default: 'en' },
  },
  setup(props) {
    const selected = ref<string | null>(null);
    const problem = ref<DataIssue | null>(null);
    return () =>
      h('figure', [
        h('mig-flow-timeline', {
          '.data': flows,
          lang: props.lang,
          'heading-level': 3,
          onMigLoad: () => (problem.value = null),
          onMigSelect: (event: CustomEvent<MigSelectDetail>) => (selected.value = event.detail.id),
          onMigError: (event: CustomEvent<DataIssue>) => (problem.value = event.detail),
        }),
        selected.value ? h('figcaption', `Selected period: ${selected.value}`) : null,
        problem.value ? h('p', { role: 'status' }, `The chart could not be updated (${problem.value.code}).`) : null,
      ]);
  },
});
