// Package webdav is a sync target on a WebDAV server: Nextcloud, ownCloud,
// Apache mod_dav or any other server of RFC 4918.
//
// It is a thin client on net/http: the log needs five verbs (PUT, GET,
// DELETE, MKCOL and PROPFIND with Depth 1), and the maintained Go clients
// add dependencies for much more than that.
package webdav

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"

	"dossier/app/synclog"
)

// Target keeps objects below a collection of a WebDAV server.
type Target struct {
	base       *url.URL // ends in "/"
	user, pass string
	client     *http.Client

	mu   sync.Mutex
	cols map[string]bool // collections known to exist
}

// New returns the target at the collection rawURL (created on first
// write when missing). user and pass are sent with Basic authentication;
// use https for any server that is not on this machine.
func New(rawURL, user, pass string, client *http.Client) (*Target, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("webdav: %q is not an http(s) URL", rawURL)
	}
	if u.User != nil {
		return nil, fmt.Errorf("webdav: put the user name and password in the settings, not in the URL")
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	if client == nil {
		client = http.DefaultClient
	}
	return &Target{base: u, user: user, pass: pass, client: client, cols: map[string]bool{}}, nil
}

// String is the URL, without credentials.
func (t *Target) String() string { return t.base.String() }

func (t *Target) url(name string) string {
	u := *t.base
	u.Path = t.base.Path + name
	return u.String()
}

func (t *Target) do(ctx context.Context, method, name string, body []byte, hdr map[string]string) (*http.Response, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, t.url(name), r)
	if err != nil {
		return nil, err
	}
	if t.user != "" || t.pass != "" {
		req.SetBasicAuth(t.user, t.pass)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := t.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("webdav: %s %s: %w", method, name, err)
	}
	return resp, nil
}

func statusError(method, name string, resp *http.Response) error {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		return fmt.Errorf("webdav: %s %s: the server refused the user name or password (%s)", method, name, resp.Status)
	}
	return fmt.Errorf("webdav: %s %s: %s %s", method, name, resp.Status, strings.TrimSpace(string(msg)))
}

// mkcols makes the collections above name, from the top down.
func (t *Target) mkcols(ctx context.Context, name string) error {
	var parts []string
	for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
		parts = append(parts, d+"/")
	}
	parts = append(parts, "") // the base collection itself
	for i := len(parts) - 1; i >= 0; i-- {
		col := parts[i]
		t.mu.Lock()
		known := t.cols[col]
		t.mu.Unlock()
		if known {
			continue
		}
		resp, err := t.do(ctx, "MKCOL", col, nil, nil)
		if err != nil {
			return err
		}
		resp.Body.Close()
		// 405: it exists already.
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusMethodNotAllowed && resp.StatusCode != http.StatusOK {
			return statusError("MKCOL", col, resp)
		}
		t.mu.Lock()
		t.cols[col] = true
		t.mu.Unlock()
	}
	return nil
}

func (t *Target) Put(ctx context.Context, name string, data []byte) error {
	if err := t.mkcols(ctx, name); err != nil {
		return err
	}
	resp, err := t.do(ctx, http.MethodPut, name, data, map[string]string{"Content-Type": "application/octet-stream"})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return statusError("PUT", name, resp)
	}
	return nil
}

func (t *Target) Get(ctx context.Context, name string) ([]byte, error) {
	resp, err := t.do(ctx, http.MethodGet, name, nil, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, synclog.ErrNotExist
	}
	if resp.StatusCode != http.StatusOK {
		return nil, statusError("GET", name, resp)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("webdav: GET %s: %w", name, err)
	}
	if resp.ContentLength >= 0 && int64(len(data)) != resp.ContentLength {
		return nil, fmt.Errorf("webdav: GET %s: %d of %d bytes", name, len(data), resp.ContentLength)
	}
	return data, nil
}

func (t *Target) Delete(ctx context.Context, name string) error {
	resp, err := t.do(ctx, http.MethodDelete, name, nil, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return synclog.ErrNotExist
	}
	if resp.StatusCode/100 != 2 {
		return statusError("DELETE", name, resp)
	}
	return nil
}

const propfindBody = `<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop></d:propfind>`

type multistatus struct {
	Responses []struct {
		Href     string `xml:"href"`
		Propstat []struct {
			Status string `xml:"status"`
			Prop   struct {
				ResourceType struct {
					Collection *struct{} `xml:"collection"`
				} `xml:"resourcetype"`
				Length string `xml:"getcontentlength"`
			} `xml:"prop"`
		} `xml:"propstat"`
	} `xml:"response"`
}

// List walks the collections below prefix's folder with PROPFIND Depth 1
// (many servers refuse Depth infinity).
func (t *Target) List(ctx context.Context, prefix string) ([]synclog.Object, error) {
	start := ""
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		start = prefix[:i+1]
	}
	var out []synclog.Object
	queue := []string{start}
	for len(queue) > 0 {
		col := queue[0]
		queue = queue[1:]
		resp, err := t.do(ctx, "PROPFIND", col, []byte(propfindBody), map[string]string{"Depth": "1", "Content-Type": "application/xml"})
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusNotFound {
			resp.Body.Close()
			continue
		}
		if resp.StatusCode != http.StatusMultiStatus {
			err := statusError("PROPFIND", col, resp)
			resp.Body.Close()
			return nil, err
		}
		var ms multistatus
		err = xml.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&ms)
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("webdav: PROPFIND %s: %w", col, err)
		}
		for _, r := range ms.Responses {
			name, ok := t.nameOf(r.Href)
			if !ok || name == col || name == strings.TrimSuffix(col, "/") {
				continue
			}
			isCol, size := false, int64(-1)
			for _, ps := range r.Propstat {
				if !strings.Contains(ps.Status, " 200") {
					continue
				}
				if ps.Prop.ResourceType.Collection != nil {
					isCol = true
				}
				if n, err := strconv.ParseInt(strings.TrimSpace(ps.Prop.Length), 10, 64); err == nil {
					size = n
				}
			}
			if isCol || strings.HasSuffix(name, "/") {
				name = strings.TrimSuffix(name, "/") + "/"
				if strings.HasPrefix(name, prefix) || strings.HasPrefix(prefix, name) {
					queue = append(queue, name)
				}
				continue
			}
			if strings.HasPrefix(name, prefix) {
				out = append(out, synclog.Object{Name: name, Size: size})
			}
		}
	}
	return out, nil
}

// nameOf turns a response's href (a path or a full URL, escaped) into an
// object name below the base collection.
func (t *Target) nameOf(href string) (string, bool) {
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	p := u.Path
	if !strings.HasPrefix(p, t.base.Path) {
		return "", false
	}
	return strings.TrimPrefix(p, t.base.Path), true
}
