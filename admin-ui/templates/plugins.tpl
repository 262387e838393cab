{{%AUTOESCAPE context="HTML"}}<!doctype html>
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
  .disabled { background: #eef0f4; color: #5b6475; }
  textarea { width: 100%; min-height: 4rem; font-family: ui-monospace, monospace; font-size: .85rem; }
  button { font: inherit; font-size: .85rem; padding: .15rem .6rem; cursor: pointer; }
  .warning { background: #fff4d6; color: #7a4b00; padding: .5rem .8rem; border-radius: 4px; }
  #status { min-height: 1.5rem; font-weight: 600; }
  #status.error { color: #9b1c1c; }
</style>
</head>
<body>
<h1>Plugins <span lang="zh">插件</span></h1>
<p class="sub">{{LOADED_COUNT}} loaded, {{REFUSED_COUNT}} refused · 已加载 {{LOADED_COUNT}}，已拒绝 {{REFUSED_COUNT}} · ABI {{ABI_VERSION}}</p>
{{#WARNING}}<p class="warning" role="alert">⚠ {{TEXT}} · 警告：已允许加载未签名的插件包</p>{{/WARNING}}
<p id="status" role="status"></p>
<table>
  <thead><tr><th>ID</th><th>Kind / 类型</th><th>Version / 版本</th><th>Origin / 来源</th><th>State / 状态</th><th>Actions / 操作</th></tr></thead>
  <tbody>
{{#PLUGIN}}
    <tr data-plugin="{{ID}}">
      <td><code>{{ID}}</code><br><small>{{DIRECTORY}}</small></td>
      <td>{{KIND}}</td>
      <td>{{VERSION}}</td>
      <td class="origin">{{ORIGIN}}</td>
      <td>{{#LOADED}}<span class="state loaded">loaded · 已加载</span>{{/LOADED}}{{#REFUSED}}<span class="state refused">refused · 已拒绝</span><div class="reason">{{REASON}}</div>{{/REFUSED}}{{#DISABLED}} <span class="state disabled">disabled · 已停用</span>{{/DISABLED}}</td>
      <td>{{#ACTIONS}}<button type="button" data-action="switch" data-id="{{ID}}" data-enable="{{ENABLE}}">{{SWITCH_LABEL}}</button>
        <details><summary>Configure / 配置</summary>
          <textarea data-config-for="{{ID}}" aria-label="config of {{ID}}">{{CONFIG}}</textarea>
          <button type="button" data-action="configure" data-id="{{ID}}">Save / 保存</button>
        </details>{{/ACTIONS}}</td>
    </tr>
{{/PLUGIN}}
  </tbody>
</table>
<script src="/admin/plugins.js"></script>
</body>
</html>
