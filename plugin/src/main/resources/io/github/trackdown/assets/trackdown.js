/*
 * Trackdown: small enhancements to tables and lists that already work without JavaScript.
 * - Status matrices: filter by theme, owner, latest status and recent change; sort by column.
 * - Search page: filter the list of recommendations as the reader types.
 * No network requests, no dependencies.
 */
(function () {
  'use strict';

  function text(element) {
    return (element.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /* Fills {shown} and {total} in a message the page carries in a data attribute, in its own language. */
  function message(element, name, values) {
    var text = pluralForm(element.getAttribute('data-' + name) || '', values);
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  /* Picks the form for the count in a message written as {count, plural, one {...} other {...}}, by the page
     language's plural rules (Welsh has six forms); # stands for the count. Other messages are returned as they are. */
  function pluralForm(text, values) {
    var head = /^\{(\w+), plural,/.exec(text);
    if (!head || !(head[1] in values)) {
      return text;
    }
    var count = values[head[1]];
    var category = window.Intl && Intl.PluralRules
      ? new Intl.PluralRules(document.documentElement.lang || 'en').select(count) : (count === 1 ? 'one' : 'other');
    var forms = {};
    var category_ = /(zero|one|two|few|many|other) \{/g;
    var match;
    while ((match = category_.exec(text)) !== null) {
      var depth = 1;
      var end = category_.lastIndex;
      while (end < text.length && depth > 0) {
        depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
        end++;
      }
      forms[match[1]] = text.substring(category_.lastIndex, end - 1);
      category_.lastIndex = end;
    }
    var chosen = category in forms ? forms[category] : forms.other || '';
    return chosen.replace(/#/g, String(count));
  }

  function enhanceMatrix(table) {
    var form = document.querySelector('form.matrix-filters[data-matrix="' + table.id + '"]');
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-order]'));
    var groups = Array.prototype.slice.call(table.querySelectorAll('tbody'));
    var count = form ? form.querySelector('.filter-count') : null;
    var sorted = false;

    function matches(row) {
      if (!form) {
        return true;
      }
      var fields = form.querySelectorAll('[data-filter]');
      for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        var key = field.getAttribute('data-filter');
        var wanted = field.type === 'checkbox' ? (field.checked ? field.value : '') : field.value;
        if (!wanted) {
          continue;
        }
        var value = row.getAttribute('data-' + key) || '';
        var any = key === 'owners' || field.getAttribute('data-match') === 'any';
        if (any ? value.split('|').indexOf(wanted) < 0 : value !== wanted) {
          return false;
        }
      }
      return true;
    }

    function update() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = matches(row);
        row.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      groups.forEach(function (group) {
        var header = group.querySelector('tr.group');
        if (header) {
          header.hidden = sorted || !group.querySelector('tr[data-order]:not([hidden])');
        }
      });
      if (count) {
        count.textContent = message(form, 'showing', {shown: shown, total: rows.length});
      }
    }

    function sortBy(column, button) {
      var header = button.parentNode;
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (th) {
        th.removeAttribute('aria-sort');
      });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        if (column === 0) {
          return [Number(row.getAttribute('data-order'))];
        }
        var cell = row.children[column];
        var status = cell.querySelector('.status');
        return [status ? rankOf(status) : -1, Number(row.getAttribute('data-order'))];
      };
      var byValue = header.getAttribute('data-sort') === 'value';
      var ordered = rows.slice().sort(function (a, b) {
        if (byValue) {
          return compareValues(a.children[column].getAttribute('data-value') || '',
              b.children[column].getAttribute('data-value') || '', ascending)
              || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
        }
        var x = key(a);
        var y = key(b);
        var result = x[0] - y[0] || (x[1] || 0) - (y[1] || 0);
        return ascending ? result : -result;
      });
      sorted = column !== 0 || !ascending;
      if (!sorted) {
        rows.forEach(function (row) {
          groups.filter(function (group) {
            return group.getAttribute('data-group') === row.getAttribute('data-group');
          })[0].appendChild(row);
        });
      } else {
        ordered.forEach(function (row) {
          groups[0].appendChild(row);
        });
      }
      update();
    }

    // A date or number column: numbers by their value, dates (YYYY-MM[-DD]) as text; rows without a value last.
    function compareValues(x, y, ascending) {
      if (!x || !y) {
        return (x ? 0 : 1) - (y ? 0 : 1);
      }
      var result = isNaN(x) || isNaN(y) ? (x < y ? -1 : x > y ? 1 : 0) : Number(x) - Number(y);
      return ascending ? result : -result;
    }

    var ranks = {};
    function rankOf(status) {
      var slug = (status.className.match(/status-([a-z0-9-]+)/) || [])[1];
      return slug in ranks ? ranks[slug] : -1;
    }
    if (form) {
      form.querySelectorAll('select[data-filter="status"] option').forEach(function (option, index) {
        if (option.value) {
          ranks[option.value] = index;
        }
      });
    } else {
      document.querySelectorAll('.status').forEach(function (status) {
        var slug = (status.className.match(/status-([a-z0-9-]+)/) || [])[1];
        if (!(slug in ranks)) {
          ranks[slug] = Object.keys(ranks).length;
        }
      });
    }
    groups.forEach(function (group, index) {
      group.setAttribute('data-group', String(index));
      group.querySelectorAll('tr[data-order]').forEach(function (row) {
        row.setAttribute('data-group', String(index));
      });
    });
    table.querySelectorAll('thead th[data-sort]').forEach(function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = text(th);
      button.setAttribute('aria-label', ((form && form.getAttribute('data-sort-label')) || 'Sort by') + ' ' + text(th));
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortBy(column, button);
      });
    });
    if (form) {
      form.hidden = false;
      form.addEventListener('change', update);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
      });
      update();
    }
  }

  function enhanceSearch(form) {
    var index = window.trackdownSearchIndex || [];
    var input = form.querySelector('input');
    var count = form.querySelector('.filter-count');
    var items = Array.prototype.slice.call(document.querySelectorAll('#search-results li[data-id]'));
    var textOf = {};
    index.forEach(function (entry) {
      textOf[entry.id] = entry.text;
    });
    function update() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var haystack = textOf[item.getAttribute('data-id')] || text(item).toLowerCase();
        var visible = words.every(function (word) {
          return haystack.indexOf(word) >= 0;
        });
        item.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      count.textContent = words.length
        ? message(form, 'found', {shown: shown})
        : message(form, 'all', {total: items.length});
    }
    form.hidden = false;
    input.addEventListener('input', update);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table[data-enhance="matrix"]').forEach(enhanceMatrix);
    var search = document.querySelector('form.search-form');
    if (search) {
      enhanceSearch(search);
    }
  });
})();
