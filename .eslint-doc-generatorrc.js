/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'Further Reading'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
};
