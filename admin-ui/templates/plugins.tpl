<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sluice · Plugins / 插件</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 960px; color: #1d2433; padding: 0 1rem; }
  h1 { font-size: 1.4rem; margin-bottom: .25rem; }
  p.sub { color: #5b6475; margin-top: 0; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid #e3e7ef; vertical-align: top; }
  th { font-weight: 600; color: #5b6475; font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
  .state { font-weight: 600; border-radius: 4px; padding: .1rem .45rem; font-size: .85rem; white-space: nowrap; }
  .loaded { background: #e4f6ea; color: #17663a; }
  .refused { background: #fde8e8; color: #9b1c1c; }
  .reason { color: #9b1c1c; font-family: ui-monospace, monospace; font-size: .85rem; }
  code { font-size: .85rem; }
  .origin { font-size: .85rem; color: #5b6475; }
</style>
</head>
<body>
<h1>Plugins <span lang="zh">插件</span></h1>
<p class="sub">{{LOADED_COUNT}} loaded, {{REFUSED_COUNT}} refused · 已加载 {{LOADED_COUNT}}，已拒绝 {{REFUSED_COUNT}} · ABI {{ABI_VERSION}}</p>
<table>
  <thead><tr><th>ID</th><th>Kind / 类型</th><th>Version / 版本</th><th>Origin / 来源</th><th>State / 状态</th></tr></thead>
  <tbody>
{{#PLUGIN}}
    <tr data-plugin="{{ID}}">
      <td><code>{{ID}}</code><br><small>{{DIRECTORY}}</small></td>
      <td>{{KIND}}</td>
      <td>{{VERSION}}</td>
      <td class="origin">{{ORIGIN}}</td>
      <td>{{#LOADED}}<span class="state loaded">loaded · 已加载</span>{{/LOADED}}{{#REFUSED}}<span class="state refused">refused · 已拒绝</span><div class="reason">{{REASON}}</div>{{/REFUSED}}</td>
    </tr>
{{/PLUGIN}}
  </tbody>
</table>
</body>
</html>
