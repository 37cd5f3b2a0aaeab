/** The login page, shown only when API keys are on: the key goes into an HttpOnly cookie. */
import { html, type Html } from '../html.js';

export function loginPage(next: string, failed: boolean): Html {
  return html`<h1>API key needed</h1>
<p>This server asks for an API key. Paste yours; it is kept in a cookie for this browser only.</p>
${failed ? html`<p class="banner" role="alert">That key is not valid.</p>` : ''}
<form action="/ui/login" method="post">
  <input type="hidden" name="next" value="${next}">
  <label class="big" for="key">API key</label>
  <div class="row"><div class="grow"><input id="key" name="key" type="password" autocomplete="off" required autofocus></div>
  <div><button type="submit">Continue</button></div></div>
</form>`;
}
